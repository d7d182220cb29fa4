/**
 * Masking of ID and phone numbers on screen. Only the display is masked: the row keeps the real
 * value, so editing and search work on it. The rules live in shared/ so a masked export hides the
 * same digits.
 */
export { isMaskedKind, maskFieldText, maskIdText, maskPhone } from '../../shared/domain/mask-numbers';
