"""The working-day calendar: Fridays, Saturdays and holidays off; after 17:00 counts from the next day."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from eservice.domain.calendar import add_working_days, first_counted_day, is_working_day, probable_delivery_date
from tests.factories import HolidayFactory

pytestmark = pytest.mark.django_db
DHAKA = ZoneInfo("Asia/Dhaka")


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=DHAKA)


@pytest.fixture
def victory_day():
    return HolidayFactory(date=datetime.date(2026, 12, 16), name_bn="বিজয় দিবস", name_en="Victory Day")


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (at(2026, 12, 3, 10), datetime.date(2026, 12, 8)),  # Thu morning → Tue
        (at(2026, 12, 3, 18), datetime.date(2026, 12, 9)),  # Thu after closing → Wed
        (at(2026, 12, 14, 10), datetime.date(2026, 12, 20)),  # over Victory Day and the weekend → Sun
    ],
)
def test_the_three_examples_of_the_issue(victory_day, received, expected):
    assert probable_delivery_date(received, 3) == expected


def test_closing_time_is_the_boundary(victory_day):
    assert probable_delivery_date(at(2026, 12, 3, 16, 59), 3) == datetime.date(2026, 12, 8)
    assert probable_delivery_date(at(2026, 12, 3, 17, 0), 3) == datetime.date(2026, 12, 9)


def test_closing_time_is_a_setting(victory_day, settings):
    settings.ESERVICE_OFFICE_CLOSING_TIME = "15:30"
    assert probable_delivery_date(at(2026, 12, 3, 16, 0), 3) == datetime.date(2026, 12, 9)


def test_received_on_a_day_off_counts_from_the_next_working_day():
    # Friday and Saturday morning both count from Sunday 6 December.
    assert probable_delivery_date(at(2026, 12, 4, 10), 1) == datetime.date(2026, 12, 7)
    assert probable_delivery_date(at(2026, 12, 5, 10), 1) == datetime.date(2026, 12, 7)


def test_received_on_a_holiday_counts_from_the_next_working_day(victory_day):
    assert first_counted_day(at(2026, 12, 16, 9), {victory_day.date}) == datetime.date(2026, 12, 17)
    assert probable_delivery_date(at(2026, 12, 16, 9), 1) == datetime.date(2026, 12, 20)


def test_year_end(victory_day):
    HolidayFactory(date=datetime.date(2026, 12, 25), name_bn="বড়দিন", name_en="Christmas")
    # Thu 24 Dec after closing → counts from Sun 27; 3 days → Wed 30 Dec.
    assert probable_delivery_date(at(2026, 12, 24, 17, 30), 3) == datetime.date(2026, 12, 30)
    # Wed 30 Dec, 5 days: Thu 31, Sun 3, Mon 4, Tue 5, Wed 6 January 2027.
    assert probable_delivery_date(at(2026, 12, 30, 11), 5) == datetime.date(2027, 1, 6)


def test_a_run_of_holidays():
    # The Eid-ul-Fitr block of 2026: Thu 19 to Mon 23 March, plus Independence Day Thu 26 March.
    for day in range(19, 24):
        HolidayFactory(date=datetime.date(2026, 3, day), name_bn="ঈদুল ফিতর", name_en="Eid-ul-Fitr")
    HolidayFactory(date=datetime.date(2026, 3, 26), name_bn="স্বাধীনতা দিবস", name_en="Independence Day")
    # Received Wed 18 March 12:00, 3 days: Tue 24, Wed 25, (Thu 26 holiday, Fri, Sat), Sun 29.
    assert probable_delivery_date(at(2026, 3, 18, 12), 3) == datetime.date(2026, 3, 29)


def test_utc_times_are_read_in_dhaka(victory_day):
    # 11:30 UTC is 17:30 in Dhaka: after closing time.
    received = datetime.datetime(2026, 12, 3, 11, 30, tzinfo=datetime.UTC)
    assert probable_delivery_date(received, 3) == datetime.date(2026, 12, 9)


def test_working_day_helpers():
    assert not is_working_day(datetime.date(2026, 12, 4))  # Friday
    assert not is_working_day(datetime.date(2026, 12, 5))  # Saturday
    assert is_working_day(datetime.date(2026, 12, 6))  # Sunday
    assert add_working_days(datetime.date(2026, 12, 3), 0, set()) == datetime.date(2026, 12, 3)
    with pytest.raises(ValueError):
        add_working_days(datetime.date(2026, 12, 3), -1, set())
