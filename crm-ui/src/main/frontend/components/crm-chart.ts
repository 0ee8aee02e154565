// <crm-chart>: Apache ECharts in a light web component, fed by the server (EChart.java) with a JSON
// option. Emits "chart-click" with the clicked point so views can drill down to the leads behind it.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart, FunnelChart, GaugeChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, TitleComponent, DatasetComponent, MarkLineComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, FunnelChart, GaugeChart, GridComponent, TooltipComponent,
  LegendComponent, TitleComponent, DatasetComponent, MarkLineComponent, CanvasRenderer]);

class CrmChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private current?: echarts.EChartsCoreOption;

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    if (!this.chart) {
      this.chart = echarts.init(this, undefined, { renderer: 'canvas' });
      this.chart.on('click', (p: any) => {
        this.dispatchEvent(new CustomEvent('chart-click', {
          detail: { seriesIndex: p.seriesIndex ?? -1, dataIndex: p.dataIndex ?? -1, name: String(p.name ?? '') },
        }));
      });
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(this);
    }
    if (this.current) {
      this.chart.setOption(this.current, true);
    }
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
  }

  /** The ECharts option, as a JSON string from the server or an object. */
  set option(value: string | echarts.EChartsCoreOption) {
    this.current = typeof value === 'string' ? JSON.parse(value) : value;
    if (this.chart && this.current) {
      this.chart.setOption(this.current, true);
    }
  }

  get option(): echarts.EChartsCoreOption | undefined {
    return this.current;
  }

  /** Whether the chart has finished painting (for tests and screenshots). */
  get painted(): boolean {
    const canvas = this.querySelector('canvas');
    return !!canvas && canvas.width > 0;
  }
}

customElements.define('crm-chart', CrmChart);
