// “从指标库选择” in the editor: the library browser in a dialog; 选用 fills the row it was opened for.
import { Button, Modal } from 'antd';
import type { LibraryEntry } from '../api/library-api.ts';
import { LibraryBrowser } from './LibraryBrowser.tsx';

export function LibraryPicker({
  open,
  category,
  onPick,
  onClose,
}: {
  open: boolean;
  category?: string | null;
  onPick: (entry: LibraryEntry) => void;
  onClose: () => void;
}) {
  return (
    <Modal open={open} title="从指标库选择" width={1200} footer={null} onCancel={onClose} destroyOnHidden>
      <LibraryBrowser
        {...(category ? { category } : {})}
        entryActions={(e) => (
          <Button size="small" type="primary" aria-label={`选用 ${e.name}`} onClick={() => onPick(e)}>
            选用
          </Button>
        )}
      />
    </Modal>
  );
}
