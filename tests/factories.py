"""Factories for the site's pages and snippets (wagtail-factories), shared by every app's tests."""

import factory
import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "জেলা প্রশাসকের কার্যালয়, রংপুর"
    slug = "home"
    welcome_heading = "স্বাগত"
    welcome_message = factory.LazyFunction(lambda: "<p>রংপুর জেলা প্রশাসনের ওয়েব পোর্টালে স্বাগত।</p>")

    class Meta:
        model = HomePage
