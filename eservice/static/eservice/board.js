// Show the display board's panels one at a time, each for data-rotate-seconds seconds.
(function () {
  "use strict";
  var body = document.body;
  var panels = document.querySelectorAll(".board-panel");
  if (panels.length < 2) return;
  var seconds = parseInt(body.getAttribute("data-rotate-seconds"), 10) || 15;
  var current = 0;
  body.classList.add("rotating");
  panels[0].classList.add("is-current");
  window.setInterval(function () {
    panels[current].classList.remove("is-current");
    current = (current + 1) % panels.length;
    panels[current].classList.add("is-current");
  }, seconds * 1000);
})();
