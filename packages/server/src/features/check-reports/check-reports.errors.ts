// Error codes of 检查报告.
import { defineErrors } from '../../http/errors.ts';

export const checkReportError = defineErrors({
  'no-file': [400, '请上传至少一个文件或一个 .zip 压缩包（multipart/form-data）'],
  'too-many-files': [413, '一次最多上传 1000 个文件：请分批上传，或打包为 .zip'],
  'batch-too-large': [413, '上传的文件合计过大：请分批上传'],
  'batch-not-found': [404, '检查报告不存在或无权访问'],
  'document-not-found': [404, '文件不存在或无权访问'],
});
