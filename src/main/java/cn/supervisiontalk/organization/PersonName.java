package cn.supervisiontalk.organization;

import java.util.Set;
import org.camunda.bpm.engine.identity.User;

/**
 * A person's Chinese name as Camunda keeps it: the surname (姓) in the user's first name, the given
 * name (名) in the last name. Camunda's webapps show a user as "first last" and Admin asks for the
 * first name before the last, so this order reads 「李 建国」 in Tasklist, Cockpit and Admin, and the
 * Chinese locales label the two fields 「姓」 and 「名」. The application itself writes the name
 * without the space: {@link #of(User)}.
 *
 * <p>Splitting a whole name takes the first character as the surname, or the first two for the
 * common two-character surnames (欧阳, 司马, 诸葛 …) when the name is longer than them. A name with
 * a middle dot (e.g. 阿依古丽·买买提) or in other letters is not split: it stays whole in the first
 * field.
 */
public record PersonName(String surname, String givenName) {

  /** Two-character surnames of the 百家姓 and others still in use. */
  static final Set<String> COMPOUND_SURNAMES = Set.of(
      "欧阳", "太史", "端木", "上官", "司马", "东方", "独孤", "南宫", "万俟", "闻人", "夏侯", "诸葛",
      "尉迟", "公羊", "赫连", "澹台", "皇甫", "宗政", "濮阳", "公冶", "太叔", "申屠", "公孙", "慕容",
      "仲孙", "钟离", "长孙", "宇文", "司徒", "鲜于", "司空", "闾丘", "子车", "亓官", "司寇", "巫马",
      "公西", "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁", "拓跋", "夹谷", "轩辕", "令狐",
      "段干", "百里", "呼延", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "东门", "西门", "第五",
      "南荣", "即墨", "达奚", "褚师");

  /** The name split into surname and given name; see the class comment. */
  public static PersonName split(String fullName) {
    String name = fullName == null ? "" : fullName.trim();
    if (!isHanOnly(name) || name.length() < 2) {
      return new PersonName(name, "");
    }
    int surnameLength = name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
    return new PersonName(name.substring(0, surnameLength), name.substring(surnameLength));
  }

  /** The user's whole name as people write it (李建国): first and last name without a space. */
  public static String of(User user) {
    return new PersonName(user.getFirstName(), user.getLastName()).whole();
  }

  /** Surname and given name together, without a space; empty parts left out. */
  public String whole() {
    return (text(surname) + text(givenName)).trim();
  }

  /** Writes the name into the user: surname as first name, given name as last name. */
  public void writeTo(User user) {
    user.setFirstName(surname);
    user.setLastName(givenName);
  }

  static boolean isHanOnly(String name) {
    return !name.isEmpty() && name.codePoints()
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static String text(String value) {
    return value == null ? "" : value.trim();
  }
}
