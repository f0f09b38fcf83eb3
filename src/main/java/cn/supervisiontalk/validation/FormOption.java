package cn.supervisiontalk.validation;

/**
 * One choice of a picker: the value the form hands in (an id, such as {@code qingshan} or
 * {@code lijianguo}) and the label a person reads (青山县委(王海), 李建国(市委书记)).
 */
public record FormOption(String value, String label) {
}
