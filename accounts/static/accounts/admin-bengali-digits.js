/*
 * Bengali digits where Wagtail's own JavaScript writes numbers and dates in the admin.
 *
 * The server-rendered admin already reads in the staff member's digits
 * (core/templatetags/wagtailadmin_bengali.py); two places are written in the browser by
 * Wagtail's scripts instead, and showed ASCII digits and English dates to a staff member whose
 * admin language is Bengali (<html lang="bn">). This file adjusts exactly these, written
 * against Wagtail 8.0.1; tests/accounts/test_admin_bengali_digits.py fails when the Wagtail
 * code relied on changes shape:
 *
 * 1. wagtailadmin/js/comments.js (the page editor's comments) formats comment and reply times
 *    with `new Intl.DateTimeFormat([], {dateStyle: "medium", timeStyle: "short"})`, made once
 *    when the script loads. The empty locale list means the browser's language, not the
 *    admin's: a Bengali admin in an English browser read "Nov 30, 2026, 2:45 PM". Here
 *    Intl.DateTimeFormat given no locale (or an empty list) takes the page's language;
 *    everything else (options, prototype, supportedLocalesOf) is the browser's own. The
 *    constructor must be wrapped before comments.js runs: Wagtail prints the
 *    `insert_global_admin_js` hook (accounts/wagtail_hooks.py) before the editor's form
 *    media, where comments.js is.
 * 2. wagtailadmin/js/core.js (the "checks" side panel's content metrics) writes the word
 *    count and the reading time ("%(num)s min") into [data-content-word-count] and
 *    [data-content-reading-time] with `textContent = n.toString()`. Here a MutationObserver
 *    turns their ASCII digits into Bengali ones each time Wagtail writes them.
 *
 * Nothing changes for an admin in any other language. A static file, so the admin's
 * Content-Security-Policy ('self') allows it without an inline script.
 */
(function () {
  "use strict";

  var language = document.documentElement.lang || "";
  if (language.split("-")[0].toLowerCase() !== "bn") {
    return;
  }

  var BrowserDateTimeFormat = Intl.DateTimeFormat;

  // The 24-hour clock, as the project writes times elsewhere in the Bengali admin ("১৪:৪৫"):
  // Chromium's Bengali 12-hour format would end in a Latin "AM"/"PM".
  var PAGE_LOCALE = language + "-u-hc-h23";

  function withPageLanguage(locales) {
    var unnamed = locales === undefined || (Array.isArray(locales) && locales.length === 0);
    return unnamed ? PAGE_LOCALE : locales;
  }

  // A Proxy keeps the constructor's own properties (prototype, supportedLocalesOf, name)
  // and `instanceof`; only the locale of a call that named none changes.
  Intl.DateTimeFormat = new Proxy(BrowserDateTimeFormat, {
    construct: function (target, args, newTarget) {
      var rest = Array.prototype.slice.call(args, 1);
      return Reflect.construct(target, [withPageLanguage(args[0])].concat(rest), newTarget);
    },
    apply: function (target, thisArg, args) {
      var rest = Array.prototype.slice.call(args, 1);
      return Reflect.apply(target, thisArg, [withPageLanguage(args[0])].concat(rest));
    },
  });

  var METRICS = "[data-content-word-count], [data-content-reading-time]";
  var BENGALI_ZERO = 0x09e6;

  function toBengaliDigits(text) {
    return text.replace(/[0-9]/g, function (digit) {
      return String.fromCharCode(BENGALI_ZERO + Number(digit));
    });
  }

  function localiseDigits(element) {
    var text = element.textContent;
    var local = toBengaliDigits(text);
    if (local !== text) {
      element.textContent = local; // observed again, but then unchanged: no loop
    }
  }

  function watchMetrics() {
    document.querySelectorAll(METRICS).forEach(function (element) {
      localiseDigits(element);
      new MutationObserver(function () {
        localiseDigits(element);
      }).observe(element, { childList: true, characterData: true, subtree: true });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchMetrics);
  } else {
    watchMetrics();
  }
})();
