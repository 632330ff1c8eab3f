/** Worked figures from ITA-FRAMEWORK.md (the seeds' published results). */
export const EX001 = {
  year: 2568,
  tools: [99.08, 95.37, 96.3, 95.0],
  indicators: [98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90.0, 100],
  total: 96.47,
};
export const EX002 = {
  year: 2568,
  indicators: [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65.0, 100],
  published: 90.14,
  recomputed: 90.15,
};
export const EX003 = {
  year: 2565,
  indicators: [100, 100, 100, 99.73, 99.87, 98.73, 99.76, 99.38, 100, 100],
  total: 99.76,
};
