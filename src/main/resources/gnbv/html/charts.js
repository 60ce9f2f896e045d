/* gnbv HTML report: draws the charts from the JSON in #gnbv-charts with ECharts (SVG, no animation,
   so the page prints as it shows). Money axes are scaled to tỷ/triệu đồng; tooltips show every đồng. */
(function () {
  'use strict';
  var doc = JSON.parse(document.getElementById('gnbv-charts').textContent);
  var whole = new Intl.NumberFormat(doc.locale, {maximumFractionDigits: 0});
  var short = new Intl.NumberFormat(doc.locale, {maximumFractionDigits: 2});
  var font = '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';
  var severityColours = {error: '#b71c1c', warning: '#c25e00', info: '#1f5fa8'};
  var palette = ['#1f5fa8', '#c25e00', '#b71c1c', '#2e7d32', '#6a1b9a', '#00838f', '#5d4037'];
  var drawn = [];

  function scaleFor(max) {
    for (var i = 0; i < doc.scales.length; i++) {
      if (max >= doc.scales[i].divisor) return doc.scales[i];
    }
    return doc.scales[doc.scales.length - 1];
  }

  function maxOf(series, stacked) {
    var max = 0;
    var n = series.length ? series[0].values.length : 0;
    for (var i = 0; i < n; i++) {
      var sum = 0;
      for (var s = 0; s < series.length; s++) {
        var v = series[s].values[i] || 0;
        sum = stacked ? sum + v : Math.max(sum, v);
      }
      max = Math.max(max, sum);
    }
    return max;
  }

  function bars(d) {
    var scale = d.money ? scaleFor(maxOf(d.series, d.stacked)) : {divisor: 1, unit: ''};
    return {
      color: palette,
      grid: {left: 8, right: 24, top: d.series.length > 1 ? 28 : 8, bottom: 28, containLabel: true},
      legend: d.series.length > 1 ? {top: 0, textStyle: {fontFamily: font}} : undefined,
      tooltip: {
        trigger: 'axis', axisPointer: {type: 'shadow'},
        valueFormatter: function (v) { return whole.format(v) + (d.money ? ' ' + doc.currency : ''); }
      },
      xAxis: {
        type: 'value', name: scale.unit, nameLocation: 'middle', nameGap: 22,
        axisLabel: {formatter: function (v) { return short.format(v / scale.divisor); }}
      },
      yAxis: {
        type: 'category', inverse: true, data: d.labels,
        axisLabel: {width: 160, overflow: 'break', lineHeight: 13, fontFamily: font}
      },
      series: d.series.map(function (s) {
        return {
          name: s.name, type: 'bar', stack: d.stacked ? 'all' : undefined, data: s.values,
          itemStyle: s.severity ? {color: severityColours[s.severity]} : undefined,
          barMaxWidth: 22
        };
      })
    };
  }

  function lines(d) {
    return {
      color: palette,
      grid: {left: 8, right: 24, top: 28, bottom: 64, containLabel: true},
      legend: {bottom: 0, textStyle: {fontFamily: font}},
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : short.format(v) + '%'; }},
      xAxis: {type: 'category', data: d.labels, boundaryGap: false},
      yAxis: {
        type: 'value', name: d.axis, min: 0, nameTextStyle: {align: 'left'},
        axisLabel: {formatter: function (v) { return short.format(v) + '%'; }}
      },
      series: d.series.map(function (s) {
        var colour = palette[s.unit % palette.length];
        return {
          name: s.name, type: 'line', data: s.values, connectNulls: true, symbolSize: s.target ? 4 : 7,
          lineStyle: s.target ? {type: 'dashed', width: 1.5} : {width: 2.5},
          label: {show: !s.target, formatter: function (p) { return short.format(p.value) + '%'; }},
          itemStyle: {color: colour}
        };
      })
    };
  }

  Object.keys(doc.charts).forEach(function (id) {
    var el = document.getElementById(id);
    if (!el) return;
    var d = doc.charts[id];
    var option = d.kind === 'lines' ? lines(d) : bars(d);
    option.animation = false;
    option.textStyle = {fontFamily: font};
    var chart = echarts.init(el, null, {renderer: 'svg'});
    chart.setOption(option);
    el.setAttribute('data-drawn', 'true');
    drawn.push(chart);
  });

  function resize() {
    drawn.forEach(function (c) { c.resize(); });
  }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
})();
