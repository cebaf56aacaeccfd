/** The title every report carries, on its page and in the browser tab. */
export const reportTitle = (orgName: string, year: number) => `${orgName}${year}年政府信息公开工作年度报告`;
