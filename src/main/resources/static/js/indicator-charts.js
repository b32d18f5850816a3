// Draws the charts of an indicator page with Chart.js (WebJar chart.js, loaded before this file).
// The figures come from the data-chart-json attribute of each figure[data-chart]; the tables under
// the charts hold the same figures and are there with or without this script.
//   data-chart="series"      one line per chosen municipality (solid, each with its own point shape),
//                            the county and the country as dashed reference lines; the municipality
//                            checkboxes ([data-area-choice]) show and hide lines without a reload
//   data-chart="comparison"  horizontal bars of the municipalities in one year, sorted, with the county
//                            (dashed) and the country (dotted) as vertical reference lines
// Lines differ by dash pattern and point shape as well as colour, so a grey-scale print still reads.
(function () {
  'use strict';

  // Okabe–Ito colours, distinct for colour-blind readers; shapes and dashes carry the rest.
  var COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#8c564b'];
  // The county and the country have point shapes of their own that no municipality gets.
  var SHAPES = ['circle', 'rect', 'triangle', 'rectRot', 'cross', 'rectRounded', 'line'];
  var REGION = { colour: '#222222', dash: [8, 4], shape: 'crossRot' };
  var COUNTRY = { colour: '#666666', dash: [2, 3], shape: 'star' };

  function formatter(decimals) {
    var lang = document.documentElement.lang || 'sv';
    var format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE',
      { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    return function (value) { return value === null || value === undefined ? '–' : format.format(value); };
  }

  function dataOf(figure) {
    try {
      return JSON.parse(figure.getAttribute('data-chart-json'));
    } catch (e) {
      return null;
    }
  }

  function seriesChart(figure, data) {
    var format = formatter(data.decimals);
    var municipal = 0;
    var datasets = data.series.map(function (s) {
      var style;
      if (s.kind === 'REGION') {
        style = REGION;
      } else if (s.kind === 'COUNTRY') {
        style = COUNTRY;
      } else {
        style = { colour: COLOURS[municipal % COLOURS.length], dash: [], shape: SHAPES[municipal % SHAPES.length] };
        municipal++;
      }
      return {
        label: s.name,
        code: s.code,
        data: s.values,
        hidden: !s.selected,
        borderColor: style.colour,
        backgroundColor: style.colour,
        borderDash: style.dash,
        borderWidth: s.kind === 'MUNICIPALITY' ? 2 : 2.5,
        pointStyle: style.shape,
        pointRadius: s.kind === 'MUNICIPALITY' ? 4 : 5,
        pointBorderWidth: s.kind === 'MUNICIPALITY' ? 1 : 2,
        pointHoverRadius: 6,
        spanGaps: false,
        tension: 0
      };
    });
    var canvas = figure.querySelector('canvas');
    var chart = new Chart(canvas, {
      type: 'line',
      data: { labels: data.years, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'nearest', intersect: false },
        plugins: {
          legend: {
            position: 'bottom',
            labels: {
              usePointStyle: true,
              filter: function (item) { return !item.hidden; }
            },
            onClick: null
          },
          tooltip: {
            callbacks: {
              label: function (context) {
                return context.dataset.label + ': ' + format(context.parsed.y) + ' ' + data.unit;
              }
            }
          }
        },
        scales: {
          y: { ticks: { callback: function (value) { return format(value); } } }
        }
      }
    });
    document.querySelectorAll('[data-area-choice]').forEach(function (box) {
      box.addEventListener('change', function () {
        chart.data.datasets.forEach(function (dataset) {
          if (dataset.code === box.value) {
            dataset.hidden = !box.checked;
          }
        });
        chart.update();
      });
    });
  }

  // Vertical lines at the county's and the country's values, drawn over the bars.
  var referenceLines = {
    id: 'referenceLines',
    afterDatasetsDraw: function (chart, args, options) {
      var ctx = chart.ctx;
      var area = chart.chartArea;
      (options.lines || []).forEach(function (line) {
        var x = chart.scales.x.getPixelForValue(line.value);
        if (x < area.left || x > area.right) {
          return;
        }
        ctx.save();
        ctx.strokeStyle = line.colour;
        ctx.lineWidth = 2;
        ctx.setLineDash(line.dash);
        ctx.beginPath();
        ctx.moveTo(x, area.top);
        ctx.lineTo(x, area.bottom);
        ctx.stroke();
        ctx.restore();
      });
    }
  };

  function comparisonChart(figure, data) {
    var comparison = data.comparison;
    if (!comparison || comparison.bars.length === 0) {
      return false;
    }
    var format = formatter(data.decimals);
    var box = figure.querySelector('.chart-box');
    box.style.height = (comparison.bars.length * 26 + 90) + 'px';
    var lines = [];
    var values = comparison.bars.map(function (b) { return b.value; });
    var legendLabels = [];
    [['region', REGION], ['country', COUNTRY]].forEach(function (pair) {
      var ref = comparison[pair[0]];
      if (ref) {
        lines.push({ value: ref.value, colour: pair[1].colour, dash: pair[1].dash });
        legendLabels.push({ text: ref.name + ': ' + format(ref.value), strokeStyle: pair[1].colour,
          fillStyle: 'rgba(0,0,0,0)', lineDash: pair[1].dash, lineWidth: 2 });
      }
    });
    // Bars that all lie far from zero would look alike from zero: start the axis near the smallest value
    // and say so under the chart.
    var all = values.concat(lines.map(function (l) { return l.value; }));
    var min = Math.min.apply(null, all);
    var max = Math.max.apply(null, all);
    var axisMin = 0;
    if (min > 0 && min > max * 0.5) {
      var step = Math.pow(10, Math.floor(Math.log10(Math.max(max - min, 1e-9))));
      axisMin = Math.max(0, Math.floor((min - (max - min) * 0.5) / step) * step);
      var note = figure.querySelector('[data-axis-note]');
      if (note) {
        note.textContent = note.getAttribute('data-axis-note') + ' ' + format(axisMin) + '.';
        note.hidden = false;
      }
    }
    new Chart(figure.querySelector('canvas'), {
      type: 'bar',
      data: {
        labels: comparison.bars.map(function (b) { return b.name; }),
        datasets: [{
          label: String(comparison.year),
          data: comparison.bars.map(function (b) { return b.value; }),
          backgroundColor: '#6baed6',
          borderColor: '#083a66',
          borderWidth: 1
        }]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: {
            position: 'bottom',
            onClick: null,
            labels: { generateLabels: function () { return legendLabels; } }
          },
          tooltip: {
            callbacks: {
              label: function (context) { return format(context.parsed.x) + ' ' + data.unit; }
            }
          },
          referenceLines: { lines: lines }
        },
        scales: {
          x: {
            min: axisMin,
            suggestedMax: max,
            ticks: { callback: function (value) { return format(value); } }
          }
        }
      },
      plugins: [referenceLines]
    });
    return true;
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') {
      return;
    }
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.color = '#1b1b1b';
    document.querySelectorAll('figure[data-chart]').forEach(function (figure) {
      var data = dataOf(figure);
      if (!data || !data.years || data.years.length === 0) {
        return;
      }
      var kind = figure.getAttribute('data-chart');
      figure.hidden = false;
      if (kind === 'series') {
        seriesChart(figure, data);
      } else if (kind === 'comparison' && !comparisonChart(figure, data)) {
        figure.hidden = true;
      }
    });
  });
})();
