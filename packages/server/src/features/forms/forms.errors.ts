// Error codes of forms, versions and copies.
import { defineErrors } from '../../http/errors.ts';

export const formError = defineErrors({
  'form-not-found': [404, '表单不存在或无权查看'],
  'version-not-found': [404, '该版本不存在'],
  'version-conflict': [409, '表单已被他人修改：您的修改基于旧版本，未保存。请比较两个版本后重新保存'],
  'form-locked': [409, '表单已提交或已批复，当前状态下不能修改'],
  'kind-mismatch': [400, '不能改变表单的种类（项目 / 部门整体 / 预算公开）'],
  'not-your-form': [403, '只能修改本单位的表单'],
  'form-invalid': [422, '表单数据不符合要求，未保存'],
  'no-source-file': [404, '该表单不是由上传文件导入的，没有原始文件'],
});
