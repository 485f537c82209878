// Error codes of sign-in, sessions and passwords.
import { defineErrors } from '../../http/errors.ts';

export const authError = defineErrors({
  'bad-credentials': [401, '用户名或密码错误'],
  'login-throttled': [429, '登录失败次数过多，请稍后再试'],
  'account-disabled': [403, '账号已停用'],
  'wrong-current-password': [400, '当前密码不正确'],
  'weak-password': [400, '新密码至少 10 个字符，且不能与用户名相同'],
  'user-not-found': [404, '用户不存在'],
});
