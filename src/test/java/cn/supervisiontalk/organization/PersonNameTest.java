package cn.supervisiontalk.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** Chinese names in Camunda's two name fields: surname first, so "first last" reads right. */
class PersonNameTest {

  @Test
  void theFirstCharacterIsTheSurname() {
    assertThat(PersonName.split("李建国")).isEqualTo(new PersonName("李", "建国"));
    assertThat(PersonName.split(" 王海 ")).isEqualTo(new PersonName("王", "海"));
  }

  @Test
  void twoCharacterSurnamesStayWhole() {
    assertThat(PersonName.split("欧阳修")).isEqualTo(new PersonName("欧阳", "修"));
    assertThat(PersonName.split("司马相如")).isEqualTo(new PersonName("司马", "相如"));
    assertThat(PersonName.split("诸葛亮")).isEqualTo(new PersonName("诸葛", "亮"));
    // too short to hold a two-character surname and a given name
    assertThat(PersonName.split("欧阳")).isEqualTo(new PersonName("欧", "阳"));
  }

  @Test
  void namesWithADotOrInOtherLettersAreNotSplit() {
    assertThat(PersonName.split("阿依古丽·买买提")).isEqualTo(new PersonName("阿依古丽·买买提", ""));
    assertThat(PersonName.split("Admin")).isEqualTo(new PersonName("Admin", ""));
    assertThat(PersonName.split(null)).isEqualTo(new PersonName("", ""));
  }

  @Test
  void aUserReadsAsTheWholeNameWithoutASpace() {
    UserEntity user = new UserEntity("lijianguo");
    PersonName.split("李建国").writeTo(user);
    assertThat(user.getFirstName()).isEqualTo("李");
    assertThat(user.getLastName()).isEqualTo("建国");
    assertThat(PersonName.of(user)).isEqualTo("李建国");

    UserEntity whole = new UserEntity("aygl");
    whole.setFirstName("阿依古丽·买买提");
    assertThat(PersonName.of(whole)).isEqualTo("阿依古丽·买买提");
  }
}
