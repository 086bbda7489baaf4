// Draws every chart of the page with the bundled Vega-Embed; marks each figure as drawn (or failed).
document.querySelectorAll('script[type="application/json"][data-chart]').forEach(function (node) {
  var target = document.getElementById(node.dataset.chart);
  if (!target) { return; }
  vegaEmbed(target, JSON.parse(node.textContent), { renderer: "svg", actions: false })
    .then(function () { target.dataset.drawn = "true"; })
    .catch(function (error) { target.dataset.error = String(error); console.error(error); });
});
