package cn.supervisiontalk.audit;

/**
 * The result of checking the chain: whether it is intact, how many rows were checked, the first
 * sequence number at which it breaks (null when intact) and a Chinese sentence saying what was found.
 */
public record Verification(boolean intact, long rowsChecked, Long firstBrokenSeq, String message) {
}
