// A decimal amount written as a string ("4804.64", "200.0000"): never a binary float (MODEL.md).
import { z } from 'zod';

export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, '金额须为十进制数字字符串');
