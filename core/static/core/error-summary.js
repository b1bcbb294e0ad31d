// Move focus to a form's error summary when the page loads (templates/includes/error_summary.html),
// unless the browser's autofocus already did or the reader has moved on; links in it then
// jump to the fields. A static file, so the Content-Security-Policy needs no inline script.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary && (document.activeElement === document.body || document.activeElement === null)) {
    summary.focus();
  }
})();
