package cn.supervisiontalk.organization;

/** Kinds of next-level organization; article 7 treats the first three alike for regular talks. */
public enum OrganizationKind {
  /** 市(地、州、盟)委 */
  CITY,
  /** 县(市、区、旗)委 */
  COUNTY,
  /** 乡镇(街道)党(工)委 */
  TOWNSHIP,
  /** 党组(党委) */
  PARTY_GROUP,
  /** 单位党组织 */
  INSTITUTION
}
