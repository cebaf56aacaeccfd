import { describe, expect, it } from "vitest";
import { attachmentDisposition, downloadName, officeFileResponse } from "./download";

describe("attachmentDisposition", () => {
  it("gives the Chinese name as RFC 5987 UTF-8 and an ASCII fallback", () => {
    expect(attachmentDisposition("平潭综合实验区2021年政府信息公开工作年度报告.xlsx", "pingtan-2021.xlsx")).toBe(
      "attachment; filename=\"pingtan-2021.xlsx\"; filename*=UTF-8''%E5%B9%B3%E6%BD%AD%E7%BB%BC%E5%90%88%E5%AE%9E%E9%AA%8C%E5%8C%BA2021%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.xlsx",
    );
  });

  it("escapes what RFC 5987 does not allow and keeps quotes out of the fallback", () => {
    expect(attachmentDisposition("某镇（汇总）'a*.docx", 'a"b\\c镇.docx')).toBe(
      "attachment; filename=\"a_b_c_.docx\"; filename*=UTF-8''%E6%9F%90%E9%95%87%EF%BC%88%E6%B1%87%E6%80%BB%EF%BC%89%27a%2A.docx",
    );
  });
});

describe("downloadName", () => {
  it("is the slug and year, with anything but ASCII letters, digits, dot, dash and underscore replaced", () => {
    expect(downloadName("pingtan", 2021, "xlsx")).toBe("pingtan-2021.xlsx");
    expect(downloadName("平潭 x", 2021, "docx")).toBe("_x-2021.docx");
  });
});

describe("officeFileResponse", () => {
  it("answers with the media type, length and disposition", async () => {
    const response = officeFileResponse(new Uint8Array([80, 75, 3, 4]), { extension: "docx", fileName: "报告.docx", asciiName: "r.docx", cacheControl: "private, no-store" });
    expect(Object.fromEntries(response.headers)).toEqual({
      "cache-control": "private, no-store",
      "content-disposition": "attachment; filename=\"r.docx\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.docx",
      "content-length": "4",
      "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "x-content-type-options": "nosniff",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]));
  });
});
