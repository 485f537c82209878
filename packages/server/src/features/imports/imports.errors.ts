// Error codes of file import.
import { defineErrors } from '../../http/errors.ts';

export const importError = defineErrors({
  'no-file': [400, '请上传一个文件（multipart/form-data，字段名 file）'],
  'import-failed': [422, '文件无法导入'],
  'upload-not-found': [404, '上传的文件不存在或无权访问'],
  'bad-index': [400, '所选表单序号不存在'],
});
