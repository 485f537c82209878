// The columns of an official 基本信息 table: label, value, label, value (or label, value), the labels
// narrow. The views and the editors share it so that a form keeps its layout when it is edited.
export function InfoColumns({ label, pairs = 2 }: { label: number; pairs?: 1 | 2 }) {
  const value = pairs === 2 ? 50 - label : undefined;
  return (
    <colgroup>
      <col style={{ width: `${label}%` }} />
      {pairs === 2 ? (
        <>
          <col style={{ width: `${value}%` }} />
          <col style={{ width: `${label}%` }} />
          <col style={{ width: `${value}%` }} />
        </>
      ) : (
        <col />
      )}
    </colgroup>
  );
}
