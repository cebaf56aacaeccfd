// The unit's 公开渠道 with what each published in the report's year, as at publication.
import type { PublishedChannel } from "@/lib/data/report-shape";
import { DataTable } from "@/components/ui/TableScroll";

export function ChannelList({ channels, year }: { channels: readonly PublishedChannel[]; year: number }) {
  if (channels.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="report-channels">
      <h2 id="report-channels" className="report-section-heading">
        公开渠道
      </h2>
      <DataTable label="公开渠道" caption={`${year}年各公开渠道发布政府信息条数`}>
        <thead>
          <tr>
            <th scope="col">渠道</th>
            <th scope="col">类型</th>
            <th scope="col">网址或地址</th>
            <th scope="col">发布条数</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((channel) => (
            <tr key={`${channel.kindLabel}-${channel.name}`}>
              <th scope="row">{channel.name}</th>
              <td>{channel.kindLabel}</td>
              <td>{channel.address ?? ""}</td>
              <td className="num">{channel.count}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
