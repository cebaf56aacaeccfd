// A parent unit's latest published roll-up (汇总) of a year (?revision=N: redirected to that revision's own address).
import { latestReportPage } from "../load";

export const GET = latestReportPage("rollup");
