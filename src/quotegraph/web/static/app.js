// Escape hides the details of the quote under the pointer or the keyboard focus (WCAG 1.4.13);
// they come back the next time the quote is hovered or focused. The pages work without this file.
"use strict";
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") return;
  document.querySelectorAll(".qw:hover, .qw:focus-within").forEach(function (quote) {
    quote.classList.add("tip-off");
  });
});
function tipBack(event) {
  var quote = event.target.closest && event.target.closest(".qw");
  if (quote) quote.classList.remove("tip-off");
}
document.addEventListener("focusin", tipBack);
document.addEventListener("mouseover", tipBack);

// "Copy citation": the text of the named field to the clipboard (the field can also be selected by hand).
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button.copy");
  if (!button) return;
  var field = document.getElementById(button.getAttribute("data-copy"));
  var status = document.querySelector(".copied");
  field.select();
  var done = function () { if (status) status.textContent = "Copied: " + field.labels[0].textContent; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
  } else {
    document.execCommand("copy");
    done();
  }
});
// /articles/{id}#q-N: light up the quote's cue and the mention of its speaker as well as the quote.
function lightUp() {
  document.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
  var id = decodeURIComponent(location.hash.slice(1));
  if (!/^q-\d+$/.test(id)) return;
  document.querySelectorAll('[data-for="' + id + '"]').forEach(function (el) { el.classList.add("lit"); });
}
window.addEventListener("hashchange", lightUp);
document.addEventListener("DOMContentLoaded", lightUp);
