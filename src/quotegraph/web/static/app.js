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
