// gongkai default theme: small progressive enhancements. Every page works
// without this file; it only adds an "expand all" button and opens every
// <details> before printing where the browser's print CSS cannot.
(function () {
  "use strict";
  function tables() { return document.querySelectorAll("details.indicators"); }

  function addToggleAll() {
    var all = tables();
    var projects = document.getElementById("projects");
    if (all.length < 2 || !projects) return;
    var bar = document.createElement("p");
    bar.className = "toolbar";
    var button = document.createElement("button");
    button.type = "button";
    button.setAttribute("aria-expanded", "false");
    button.textContent = "展开全部绩效指标表";
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      tables().forEach(function (d) { d.open = open; });
      button.setAttribute("aria-expanded", open ? "true" : "false");
      button.textContent = open ? "收起全部绩效指标表" : "展开全部绩效指标表";
    });
    bar.appendChild(button);
    var heading = projects.querySelector("h2");
    heading.parentNode.insertBefore(bar, heading.nextSibling);
  }

  // Print CSS opens every <details> through ::details-content; browsers
  // without it print closed ones folded, so every one is opened here
  // before printing and closed again after.
  function allDetails() { return document.querySelectorAll("details"); }
  window.addEventListener("beforeprint", function () {
    allDetails().forEach(function (d) { d.setAttribute("data-was-open", d.open ? "1" : "0"); d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    allDetails().forEach(function (d) { d.open = d.getAttribute("data-was-open") === "1"; });
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", addToggleAll);
  } else {
    addToggleAll();
  }
})();
