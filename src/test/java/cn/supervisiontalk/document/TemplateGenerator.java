package cn.supervisiontalk.document;

import cn.supervisiontalk.document.TemplateBody.Cell;
import cn.supervisiontalk.document.TemplateBody.Table;
import cn.supervisiontalk.document.TemplateBody.Table.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Wrote the first versions of the templates in documents/ (谈话记录, 归档材料, 年度报告). The
 * templates are the source from then on: offices edit their wording and layout in Word or WPS, and
 * the application only fills in the tags ({@code {{name}}}, {@code {{?name}}}…{@code {{/name}}},
 * {@code {{%name}}} with {@code [field]}s; documents/README.md lists them). Running this again
 * overwrites those edits, so it is not part of the build or the tests:
 *
 * <pre>
 * mvn -q -Dbuild.dir=target-gen test-compile dependency:build-classpath -Dmdep.outputFile=target-gen/cp
 * java -cp target-gen/test-classes:target-gen/classes:$(cat target-gen/cp) \
 *     cn.supervisiontalk.document.TemplateGenerator documents
 * </pre>
 */
public final class TemplateGenerator {

  /** The type area's width split into a label, a value, a label and a value column. */
  private static final int[] FORM = {1900, 2522, 1900, 2523};

  private TemplateGenerator() {
  }

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "documents");
    Files.createDirectories(folder);
    Files.write(folder.resolve(DocumentTemplates.TALK_RECORD),
        GongwenPackage.docx("监督谈话记录", talkRecord().xml()));
    Files.write(folder.resolve(DocumentTemplates.ARCHIVE),
        GongwenPackage.docx("监督谈话归档材料", archive().xml()));
    Files.write(folder.resolve(DocumentTemplates.ANNUAL_REPORT),
        GongwenPackage.docx("年度监督谈话工作情况报告", annualReport().xml()));
  }

  /** 谈话记录: the header block, the five steps of article 10, the signatures. */
  static TemplateBody talkRecord() {
    TemplateBody body = new TemplateBody().title("监督谈话记录")
        .table(new Table(Rules.GRID, FORM)
            .tallRow(567, Cell.label("谈话类型"), Cell.value("{{talkType}}"),
                Cell.label("谈话时间"), Cell.value("{{talkDate}}"))
            .tallRow(567, Cell.label("谈话人"), Cell.value("{{talkerName}}"),
                Cell.label("职务"), Cell.value("{{talkerTitle}}"))
            .tallRow(567, Cell.label("被谈话人"), Cell.value("{{talkeeName}}"),
                Cell.label("职务"), Cell.value("{{talkeeOrganization}}书记"))
            .tallRow(567, Cell.label("所在党组织"), Cell.value("{{organizationName}}").spanning(3))
            .tallRow(567, Cell.label("谈话地点"), Cell.value(""), Cell.label("记录人"), Cell.value(""))
            .tallRow(567, Cell.label("参加人员"), Cell.value("{{attendees}}").spanning(3)))
        .section("timely", b -> b.text("谈话情形: {{triggerLabel}}"));
    fiveSteps(body, false);
    return body
        .signatures("谈话人(签字):____________", "被谈话人(签字):____________",
            "          年    月    日", "            年    月    日");
  }

  /**
   * The five steps of article 10 (a timely talk follows them as far as they apply: its record may
   * have no self-inspection step), each with what was recorded.
   */
  private static void fiveSteps(TemplateBody body, boolean nested) {
    body.section("selfInspectionStep", b -> step(b, nested, "(一)被谈话人报告自查情况")
        .section("selfInspectionHeard", p -> p.text("{{text}}")));
    step(body, nested, "(二)谈话人通报有关情况,严肃指出问题")
        .section("problems", p -> p.text("{{no}}. {{text}}"));
    step(body, nested, "(三)被谈话人就有关问题作说明")
        .section("explanation", p -> p.text("{{text}}"));
    step(body, nested, "(四)谈话人提出整改要求")
        .section("requirements", p -> p.text("{{no}}. {{text}}"));
    step(body, nested, "(五)被谈话人作表态发言")
        .section("commitment", p -> p.text("{{text}}"));
  }

  private static TemplateBody step(TemplateBody body, boolean nested, String heading) {
    return nested ? body.subheading(heading) : body.heading(heading);
  }

  /**
   * 归档材料 (article 12): the talk, its record, the units' material, measures, results, reviews,
   * findings, the attachments kept with the talk, the remark, and the units it was copied to in the 版记.
   */
  static TemplateBody archive() {
    TemplateBody body = new TemplateBody().title("监督谈话归档材料")
        .table(new Table(Rules.GRID, FORM)
            .tallRow(567, Cell.label("所在党组织"), Cell.value("{{organizationName}}"),
                Cell.label("谈话类型"), Cell.value("{{talkType}}"))
            .tallRow(567, Cell.label("被谈话人"), Cell.value("{{talkeeName}}"),
                Cell.label("谈话人"), Cell.value("{{talkerName}}"))
            .tallRow(567, Cell.label("计划谈话日期"), Cell.value("{{plannedTalkDate}}"),
                Cell.label("谈话日期"), Cell.value("{{talkDate}}"))
            .tallRow(567, Cell.label("参加人员"), Cell.value("{{attendees}}").spanning(3))
            .tallRow(567, Cell.label("归档日期"), Cell.value("{{archivedOn}}"),
                Cell.label("归档人"), Cell.value("{{archivedBy}}")))
        .heading("一、谈话记录")
        .section("timely", b -> b.text("谈话情形: {{triggerLabel}}"))
        .section("hasFacts", b -> b.text("事实和依据:").section("facts", p -> p.text("{{text}}")))
        .section("hasEvidence", b -> b.text("有关证据:").section("evidence", p -> p.text("{{text}}")));
    fiveSteps(body, true);
    return body
        .heading("二、协作单位提供的情况和材料")
        .section("materials", b -> b.text("{{unitName}}: {{material}}")
            .text("{{?hasAttendee}}派员参与谈话: {{attendeeName}}{{/hasAttendee}}"))
        .section("noMaterials", b -> b.text("本件不含协作单位提供的材料。"))
        .heading("三、整改措施")
        .text("报告期限: {{measuresDue}};报告日期: {{measuresSubmittedOn}}。")
        .text("谈话后的思想认识:")
        .section("reflections", b -> b.text("{{text}}"))
        .text("整改措施:")
        .section("measures", b -> b.text(
            "{{no}}. {{content}}{{?firstResponsibility}}(第一责任人职责){{/firstResponsibility}}"))
        .section("teamNotice", b -> b.text("向领导班子其他成员通报: {{teamNoticeText}}。"))
        .heading("四、整改情况")
        .text("报告期限: {{resultsDue}};报告日期: {{resultsSubmittedOn}}。")
        .section("results", b -> b.text("{{text}}"))
        .heading("五、审核情况")
        .table(new Table(Rules.GRID, 1500, 1400, 2645, 1200, 2100)
            .heading("{{%reviews}}审核事项", "审核结论", "审核意见", "审核人", "审核日期")
            .row(Cell.figure("[stage]"), Cell.figure("[decision]"), Cell.value("[comment]"),
                Cell.figure("[reviewer]"), Cell.figure("[reviewedOn]")))
        .text("审核结论: {{outcome}}。")
        .heading("六、逾期和审核发现的问题")
        .section("findings", b -> b.text("{{no}}. {{text}}"))
        .section("noFindings", b -> b.text("未发现逾期,审核未发现敷衍整改、虚假整改或未如实报告整改情况等问题。"))
        .heading("七、附件")
        .section("attachments", b -> b.text("{{no}}. {{text}}"))
        .section("noAttachments", b -> b.text("无附件。"))
        .section("hasRemark", b -> b.heading("八、备注").section("remark", p -> p.text("{{text}}")))
        .text("")
        .table(new Table(Rules.IMPRINT, 4422, 4423)
            .row(new Cell("抄送: {{copiedTo}}。", "Imprint", null, 2))
            .row(new Cell("{{officeName}}", "Imprint", null, 1),
                new Cell("{{archivedOn}}归档", "Imprint", "right", 1)))
        .text("");
  }

  /**
   * 年度报告 (article 13): the previous year's talks with their tables, and the section for the
   * secretary's work report (述职).
   */
  static TemplateBody annualReport() {
    return new TemplateBody()
        .title("{{committeeName}}关于{{year}}年度开展监督谈话工作情况的报告")
        .text("根据《党委(党组)对下级党组织“一把手”开展监督谈话工作办法》第十三条,现将{{year}}年度开展监督谈话工作的情况报告如下。")
        .heading("一、定期谈话开展情况")
        .text("全年开展定期谈话{{regularHeld}}人次。年度计划安排定期谈话{{regularPlanned}}项,已完成"
            + "{{regularPlannedHeld}}项,逾期未完成{{regularPlannedLate}}项。")
        .table(new Table(Rules.GRID, 6045, 2800).heading("项目", "数量")
            .row(Cell.value("年度计划安排"), Cell.figure("{{regularPlanned}}"))
            .row(Cell.value("按计划完成"), Cell.figure("{{regularPlannedHeld}}"))
            .row(Cell.value("逾期未完成"), Cell.figure("{{regularPlannedLate}}"))
            .row(Cell.value("尚在进行"), Cell.figure("{{regularPlannedOpen}}"))
            .row(Cell.value("全年开展定期谈话"), Cell.figure("{{regularHeld}}"))
            .row(Cell.value("其中计划外开展"), Cell.figure("{{regularHeldUnplanned}}")))
        .heading("二、及时谈话开展情况")
        .text("全年发起及时谈话{{timelyStarted}}人次,开展{{timelyHeld}}人次。")
        .table(new Table(Rules.GRID, 4845, 2000, 2000).heading("{{%timely}}谈话情形", "发起", "开展")
            .row(Cell.value("[label]"), Cell.figure("[started]"), Cell.figure("[held]"))
            .row(Cell.value("合计"), Cell.figure("{{timelyStarted}}"), Cell.figure("{{timelyHeld}}")))
        .heading("三、一届任期定期谈话全覆盖情况")
        .text("{{coverageSentence}}")
        .table(new Table(Rules.GRID, 1900, 1400, 2545, 1600, 1400)
            .heading("{{%coverage}}党组织", "“一把手”", "任职期间", "本届任期内定期谈话", "覆盖情况")
            .row(Cell.value("[organization]"), Cell.figure("[leader]"), Cell.figure("[tenure]"),
                Cell.figure("[talks]"), Cell.figure("[standing]")))
        .heading("四、整改落实情况")
        .text("本年度谈话涉及整改{{rectificationTalks}}人次。整改措施按时报告{{measuresOnTime}}人次、逾期"
            + "{{measuresLate}}人次;整改情况按时报告{{resultsOnTime}}人次、逾期{{resultsLate}}人次。")
        .table(new Table(Rules.GRID, 4045, 1600, 1600, 1600).heading("项目", "按时", "逾期", "尚未到期")
            .row(Cell.value("整改措施(谈话后1个月内)"), Cell.figure("{{measuresOnTime}}"),
                Cell.figure("{{measuresLate}}"), Cell.figure("{{measuresPending}}"))
            .row(Cell.value("整改情况(谈话后3个月内)"), Cell.figure("{{resultsOnTime}}"),
                Cell.figure("{{resultsLate}}"), Cell.figure("{{resultsPending}}")))
        .heading("五、整改审核结果")
        .table(new Table(Rules.GRID, 6045, 2800).heading("项目", "数量")
            .row(Cell.value("整改措施审核通过"), Cell.figure("{{measuresAccepted}}"))
            .row(Cell.value("整改措施退回"), Cell.figure("{{measuresReturned}}"))
            .row(Cell.value("整改情况退回补充"), Cell.figure("{{resultsReturned}}"))
            .row(Cell.value("整改到位"), Cell.figure("{{rectified}}"))
            .row(Cell.value("敷衍整改"), Cell.figure("{{perfunctory}}"))
            .row(Cell.value("虚假整改"), Cell.figure("{{falseRectification}}"))
            .row(Cell.value("尚在整改"), Cell.figure("{{reviewsOpen}}")))
        .heading("六、发现的问题和追究责任情况")
        .text("下列为整改逾期和审核整改情况时发现的问题,记录在案;是否追究责任由纪检监察机关、组织部门依规依纪依法决定(第十七条)。")
        .table(new Table(Rules.GRID, 6045, 2800).heading("{{%findingCounts}}发现的问题", "数量")
            .row(Cell.value("[label]"), Cell.figure("[count]")))
        .section("noFindingRecords", b -> b.text("本年度未发现整改逾期或敷衍整改、虚假整改、不如实报告整改情况等问题。"))
        .section("hasFindingRecords", b -> b.table(new Table(Rules.GRID, 2200, 1400, 1800, 3445)
            .heading("{{%findingRecords}}日期", "被谈话人", "发现的问题", "情况")
            .row(Cell.figure("[date]"), Cell.figure("[talkee]"), Cell.figure("[label]"),
                Cell.value("[detail]"))))
        .section("noDecisions", b -> b.text("本年度纪检监察机关、组织部门未作出追究责任的决定。"))
        .section("hasDecisions", b -> b
            .text("本年度纪检监察机关、组织部门作出决定{{decisionCount}}项,其中追究责任{{accountableCount}}项。")
            .table(new Table(Rules.GRID, 2000, 1100, 1300, 1100, 1845, 1500)
                .heading("{{%decisions}}决定日期", "被谈话人", "发现的问题", "决定", "内容", "作出决定的机关")
                .row(Cell.figure("[date]"), Cell.figure("[talkee]"), Cell.figure("[finding]"),
                    Cell.figure("[decision]"), Cell.value("[content]"), Cell.figure("[body]"))))
        .heading("七、书记述职中开展监督谈话情况")
        .section("secretaryTalked", b -> b.text("{{secretaryName}}同志作为{{committeeName}}书记,{{year}}"
            + "年度亲自开展监督谈话{{secretaryTalkCount}}人次。"))
        .section("secretaryNotTalked", b -> b.text("{{secretaryName}}同志作为{{committeeName}}书记,{{year}}"
            + "年度未亲自开展监督谈话。"))
        .table(new Table(Rules.GRID, 2300, 1500, 2645, 2400)
            .heading("{{%secretaryTalks}}谈话日期", "谈话类型", "党组织", "被谈话人")
            .row(Cell.figure("[date]"), Cell.figure("[type]"), Cell.figure("[organization]"),
                Cell.figure("[talkee]")))
        .section("hasRemark", b -> b.heading("八、补充说明").section("remark", p -> p.text("{{text}}")))
        .text("")
        .closing("{{committeeName}}")
        .closing("{{compiledOn}}");
  }
}
