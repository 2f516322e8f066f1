/// The letters of Vietnamese that text folding treats by hand.
public enum VietnameseLetters {
    /// đ, which has no canonical decomposition: folding writes it d.
    public static let dWithStroke: Unicode.Scalar = "đ"
    /// The same letter as text, for replacing it in a string.
    public static let dWithStrokeText = "đ"
}
