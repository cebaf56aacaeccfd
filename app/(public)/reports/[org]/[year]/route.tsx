// A unit's latest published report (?revision=N: redirected to that revision's own address).
import { latestReportPage } from "./load";

export const GET = latestReportPage("own");
