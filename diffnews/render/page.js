(function () {
  "use strict";
  var lit = [];
  function clear() {
    lit.forEach(function (el) { el.classList.remove("lit", "lit-self"); });
    lit = [];
  }
  function light(sentence) {
    clear();
    sentence.classList.add("lit-self");
    lit.push(sentence);
    sentence.getAttribute("data-partners").split(" ").forEach(function (id) {
      var partner = document.getElementById(id);
      if (partner) { partner.classList.add("lit"); lit.push(partner); }
    });
  }
  function owner(node) {
    return node && node.closest ? node.closest("[data-partners]") : null;
  }
  document.addEventListener("focusin", function (event) {
    var sentence = owner(event.target);
    if (sentence) { light(sentence); }
  });
  document.addEventListener("click", function (event) {
    var sentence = owner(event.target);
    if (sentence) { light(sentence); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { clear(); }
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (details) { details.open = true; });
  });
  document.documentElement.classList.add("js");
}());
