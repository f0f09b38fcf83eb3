package cn.supervisiontalk.proposal;

import java.util.List;

/** Article 6: the units that may propose a talkee. */
final class ProposingUnits {

  static final List<String> GROUPS = List.of("discipline", "organization", "inspection", "audit");

  private ProposingUnits() {
  }
}
