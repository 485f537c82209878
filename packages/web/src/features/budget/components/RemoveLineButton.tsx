// 删除 of one line of a budget grid, asked once: a line of amounts typed by hand is lost on a slip of the
// mouse otherwise (until the next save it can be restored only by reloading the page and losing the rest).
import { Button, Popconfirm } from 'antd';

export function RemoveLineButton({ what, onRemove }: { what: string; onRemove: () => void }) {
  return (
    <Popconfirm
      title={`删除${what}？`}
      description="保存后生效。"
      okText="删除"
      cancelText="取消"
      okButtonProps={{ danger: true }}
      onConfirm={onRemove}
    >
      <Button size="small" type="link" danger>
        删除
      </Button>
    </Popconfirm>
  );
}
