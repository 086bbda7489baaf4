// Shows when the warehouse was built (assets/built.js, rewritten by every build, so that a council page
// kept from the previous build needs no change), then draws every chart of the page with the bundled
// Vega-Embed and marks each figure as drawn (or failed).
document.querySelectorAll("header .built").forEach(function (node) {
  if (window.councilwhBuiltAt) { node.textContent = "warehouse built " + window.councilwhBuiltAt; }
});
document.querySelectorAll('script[type="application/json"][data-chart]').forEach(function (node) {
  var target = document.getElementById(node.dataset.chart);
  if (!target) { return; }
  vegaEmbed(target, JSON.parse(node.textContent), { renderer: "svg", actions: false })
    .then(function () { target.dataset.drawn = "true"; })
    .catch(function (error) { target.dataset.error = String(error); console.error(error); });
});
