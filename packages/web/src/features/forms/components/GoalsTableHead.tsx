// The head of an official 项目绩效总目标 table (caption, columns, 名称 | 目标说明): the view and the editor share it
// so that the table keeps its layout when it is edited.
import { InfoColumns } from './InfoColumns.tsx';

export function GoalsTableHead({ label }: { label: number }) {
  return (
    <>
      <caption>项目绩效总目标</caption>
      <InfoColumns label={label} pairs={1} />
      <thead>
        <tr>
          <th>名称</th>
          <th>目标说明</th>
        </tr>
      </thead>
    </>
  );
}
