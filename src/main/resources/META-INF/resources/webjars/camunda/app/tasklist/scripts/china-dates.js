/*
 * 监督谈话：任务列表中日期的写法（供 exact-dates.js、task-deadline.js 使用）。
 *
 * 日期一律写作“2026年12月30日”；期限写作“12月30日24时前”，与服务器端
 * deadline/Deadlines.dueText 的写法相同（期限为北京时间当日 23:59:59）。
 * 日期按北京时间（application.yaml 中 supervision-talk.time-zone 的默认值）计算，
 * 与期限的计算一致，不受浏览器所在时区影响。
 */

export const TIME_ZONE = 'Asia/Shanghai';

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric'
});

/**
 * A date from the engine or from Tasklist: a Date, an ISO text with its offset
 * (“2026-12-27T15:59:59.000+0000”), or Tasklist's local time without one
 * (“2026-12-27T23:59:59”). Null when there is none or it cannot be read.
 */
export function toDate(value) {
  if (!value) {
    return null;
  }
  if (value instanceof Date) {
    return isNaN(value) ? null : value;
  }
  // “+0000” → “+00:00”, the form every browser reads
  const date = new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date) ? null : date;
}

function parts(date) {
  const found = {};
  PARTS.formatToParts(date).forEach(({ type, value }) => {
    found[type] = Number(value);
  });
  return found;
}

/** “2026年12月30日”; empty when there is no date. */
export function dayText(value) {
  const date = toDate(value);
  if (!date) {
    return '';
  }
  const { year, month, day } = parts(date);
  return `${year}年${month}月${day}日`;
}

/** “12月30日24时前”, as the server writes a deadline; empty when there is none. */
export function deadlineText(value) {
  const date = toDate(value);
  if (!date) {
    return '';
  }
  const { month, day } = parts(date);
  return `${month}月${day}日24时前`;
}

/** “2026年12月30日” for an ISO calendar day written “2026-12-30”, as form texts show them. */
export function isoDayText(year, month, day) {
  return `${Number(year)}年${Number(month)}月${Number(day)}日`;
}
