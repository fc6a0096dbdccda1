"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

/**
 * The dashboard's charts (recharts, client-side). The server computes every number; these only draw them, with
 * the same labels and formats as the tables, and a text summary for screen readers beside each chart.
 */
const AXIS = { fontSize: 11, fill: "#5a6272" };
const GRID = "#eef0f3";
/** Legend text in ink, not in each series' colour (a pale series would have pale, unreadable text). */
const legendText = (value: string) => <span style={{ color: "#5a6272" }}>{value}</span>;
const tooltipStyle = {
  borderRadius: 8,
  border: "1px solid #e3e6eb",
  fontSize: 12,
  boxShadow: "0 8px 24px -6px rgb(22 26 35 / 0.12)",
};

type Series = { key: string; label: string; color: string };

/** Conversations per day, stacked by path. */
export function VolumeChart({ data, series }: { data: Array<Record<string, string | number>>; series: Series[] }) {
  const tickDay = (day: string) =>
    new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: 240 }}
      data={data}
      margin={{ top: 4, right: 4, bottom: 0, left: -18 }}
      barCategoryGap={data.length > 40 ? 1 : 3}
    >
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis
        dataKey="day"
        tickFormatter={tickDay}
        tick={AXIS}
        tickLine={false}
        axisLine={{ stroke: GRID }}
        minTickGap={24}
      />
      <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
      <Tooltip
        contentStyle={tooltipStyle}
        labelFormatter={(day) => tickDay(String(day))}
        cursor={{ fill: "#f0f2f5" }}
      />
      <Legend
        iconType="circle"
        iconSize={8}
        wrapperStyle={{ fontSize: 12, paddingTop: 8 }}
        itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)}
        formatter={legendText}
      />
      {series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId="paths"
          fill={s.color}
          radius={i === series.length - 1 ? [3, 3, 0, 0] : 0}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

/** One horizontal bar per row, stacked by series: outcomes by path, for instance. */
export function StackedRows({
  data,
  series,
  height,
}: {
  data: Array<Record<string, string | number>>;
  series: Series[];
  height?: number;
}) {
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: "100%", height: height ?? 44 * data.length + 48 }}
      data={data}
      margin={{ top: 0, right: 8, bottom: 0, left: 0 }}
      barCategoryGap={10}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
      <YAxis
        type="category"
        dataKey="label"
        width={110}
        tick={{ ...AXIS, fill: "#161a23" }}
        tickLine={false}
        axisLine={false}
      />
      <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "#f0f2f5" }} />
      <Legend
        iconType="circle"
        iconSize={8}
        wrapperStyle={{ fontSize: 12, paddingTop: 4 }}
        itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)}
        formatter={legendText}
      />
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} stackId="outcome" fill={s.color} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

/**
 * Horizontal bars of one measure with the formatted value at the end of each bar. `max` fixes the scale (1 for
 * rates, 5 for CSAT) so that bars compare across charts.
 */
export function HorizontalBars({
  data,
  format,
  color = "#6366e8",
  max,
  labelWidth = 150,
}: {
  data: Array<{ label: string; value: number; note?: string }>;
  format: "percent" | "count" | "score";
  color?: string;
  max?: number;
  labelWidth?: number;
}) {
  const show = (value: number) =>
    format === "percent"
      ? `${Math.round(value * 100)}%`
      : format === "score"
        ? value.toFixed(1)
        : value.toLocaleString("en-US");
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: "100%", height: 30 * data.length + 24 }}
      data={data}
      margin={{ top: 0, right: 48, bottom: 0, left: 0 }}
      barCategoryGap={6}
    >
      <XAxis type="number" hide domain={[0, max ?? "dataMax"]} />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth}
        tick={{ ...AXIS, fill: "#161a23" }}
        tickLine={false}
        axisLine={false}
        interval={0}
      />
      <Tooltip
        contentStyle={tooltipStyle}
        cursor={{ fill: "#f0f2f5" }}
        formatter={(value, _name, item) => [
          `${show(Number(value))}${(item.payload as { note?: string }).note ? ` · ${(item.payload as { note?: string }).note}` : ""}`,
          "",
        ]}
      />
      <Bar
        dataKey="value"
        fill={color}
        radius={[0, 4, 4, 0]}
        background={{ fill: "#f0f2f5", radius: 4 }}
        isAnimationActive={false}
        label={{ position: "right", fontSize: 11, fill: "#5a6272", formatter: (value: unknown) => show(Number(value)) }}
      />
    </BarChart>
  );
}
