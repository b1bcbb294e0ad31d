// The display board: shows its panels one at a time (data-rotate-seconds each) and fetches the
// board again every data-refresh-seconds, swapping in the new lists and "Last updated" time.
// When a fetch fails the last lists stay up; their time shows how old they are. Without
// JavaScript every panel is shown and the "Refresh now" link reloads the page.
(function () {
  "use strict";
  var body = document.body;
  var rotateSeconds = parseInt(body.getAttribute("data-rotate-seconds"), 10) || 15;
  var refreshSeconds = parseInt(body.getAttribute("data-refresh-seconds"), 10) || 60;
  var rotation = null;

  function rotate() {
    window.clearInterval(rotation);
    var panels = document.querySelectorAll(".board-panel");
    body.classList.toggle("rotating", panels.length > 1);
    if (panels.length < 2) return;
    var current = 0;
    panels[0].classList.add("is-current");
    rotation = window.setInterval(function () {
      panels[current].classList.remove("is-current");
      current = (current + 1) % panels.length;
      panels[current].classList.add("is-current");
    }, rotateSeconds * 1000);
  }

  function swap(selector, fresh) {
    var old = document.querySelector(selector);
    var replacement = fresh.querySelector(selector);
    if (old && replacement) old.replaceWith(replacement);
  }

  function refresh() {
    window.fetch(window.location.href, { cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("board answered " + response.status);
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        swap("[data-board-panels]", fresh);
        swap("[data-board-updated]", fresh);
        rotate();
      })
      .catch(function () {
        // Keep the last board on screen; the next refresh tries again.
      });
  }

  rotate();
  window.setInterval(refresh, refreshSeconds * 1000);
})();
