// Where things live, in one place. Public URLs are a stable interface (design.md §8).
export const workPath = (reportId: string) => `/work/${encodeURIComponent(reportId)}`;
export const reviewPath = (reportId: string) => `/review/${encodeURIComponent(reportId)}`;
export const publicReportPath = (orgSlug: string, year: number) =>
  `/reports/${encodeURIComponent(orgSlug)}/${year}`;
