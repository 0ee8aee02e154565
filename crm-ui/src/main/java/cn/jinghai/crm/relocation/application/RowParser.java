package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.relocation.api.RejectionReason;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates and normalises one data row. The first problem found rejects the row, naming the column
 * as the file spells it; checks run in the columns' order of importance (company, code, amount,
 * industry, then the optional texts).
 */
final class RowParser {

    static final int NAME_MAX = 200;
    static final int SHORT_MAX = 200;
    static final int PERSON_MAX = 50;
    static final int REMARKS_MAX = 1000;
    /** What a lead is called when the list names no project (the list is about the company moving). */
    static final String DEFAULT_PROJECT_SUFFIX = "迁入项目";

    private static final Pattern AMOUNT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(万元|亿元|元|万|亿)?");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,30}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");

    private final HeaderMap header;
    private final IndustryMapper industries;

    RowParser(HeaderMap header, IndustryMapper industries) {
        this.header = header;
        this.industries = industries;
    }

    /** The row parsed, or null when it is blank in every recognised column. */
    ParsedRow parse(int row, List<String> cells) {
        if (header.blank(cells)) {
            return null;
        }
        String company = CellText.companyName(cell(cells, ListColumn.COMPANY_NAME));
        String rawCode = CellText.clean(cell(cells, ListColumn.CREDIT_CODE));
        String code = CellText.compact(rawCode).toUpperCase(Locale.ROOT);
        String project = CellText.clean(cell(cells, ListColumn.PROJECT_NAME));
        String origin = CellText.clean(cell(cells, ListColumn.ORIGIN));
        String contact = CellText.clean(cell(cells, ListColumn.CONTACT_NAME));
        String phone = CellText.clean(cell(cells, ListColumn.CONTACT_PHONE));
        String remarks = CellText.clean(cell(cells, ListColumn.REMARKS));
        String dateText = CellText.clean(cell(cells, ListColumn.PLANNED_MOVE_DATE));
        ParsedRow parsed = new ParsedRow(row, company, null, rawCode, project, null, null, blankToNull(origin),
                blankToNull(contact), blankToNull(phone), blankToNull(remarks), null, null);

        if (company.isEmpty()) {
            return parsed.rejectedAs(reject(RejectionReason.COMPANY_NAME_MISSING, ListColumn.COMPANY_NAME, null));
        }
        if (CellText.length(company) > NAME_MAX) {
            return parsed.rejectedAs(reject(RejectionReason.TEXT_TOO_LONG, ListColumn.COMPANY_NAME, Integer.toString(NAME_MAX)));
        }
        CreditCode creditCode = null;
        if (!code.isEmpty()) {
            if (!CreditCode.isValid(code)) {
                return parsed.rejectedAs(reject(RejectionReason.CREDIT_CODE_INVALID, ListColumn.CREDIT_CODE, rawCode));
            }
            creditCode = new CreditCode(code);
        }
        String amountText = CellText.compact(cell(cells, ListColumn.PLANNED_INVESTMENT)).replace(",", "");
        if (amountText.isEmpty()) {
            return parsed.rejectedAs(reject(RejectionReason.AMOUNT_MISSING, ListColumn.PLANNED_INVESTMENT, null));
        }
        Matcher amount = AMOUNT.matcher(amountText);
        if (!amount.matches()) {
            return parsed.rejectedAs(reject(RejectionReason.AMOUNT_INVALID, ListColumn.PLANNED_INVESTMENT, amountText));
        }
        BigDecimal yuan = new BigDecimal(amount.group(1)).multiply(factor(amount.group(2)));
        if (yuan.signum() <= 0) {
            return parsed.rejectedAs(reject(RejectionReason.AMOUNT_NOT_POSITIVE, ListColumn.PLANNED_INVESTMENT, amountText));
        }
        if (yuan.stripTrailingZeros().scale() > 2 || yuan.compareTo(CnyAmount.MAX) > 0) {
            return parsed.rejectedAs(reject(RejectionReason.AMOUNT_INVALID, ListColumn.PLANNED_INVESTMENT, amountText));
        }
        String chain = industries.chainOf(cell(cells, ListColumn.INDUSTRY)).orElse(null);
        if (chain == null) {
            return parsed.rejectedAs(reject(RejectionReason.INDUSTRY_UNKNOWN, ListColumn.INDUSTRY,
                    CellText.clean(cell(cells, ListColumn.INDUSTRY))));
        }
        if (!phone.isEmpty() && contact.isEmpty()) {
            return parsed.rejectedAs(reject(RejectionReason.CONTACT_NAME_MISSING, ListColumn.CONTACT_NAME, null));
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            return parsed.rejectedAs(reject(RejectionReason.PHONE_INVALID, ListColumn.CONTACT_PHONE, phone));
        }
        LocalDate date = null;
        if (!dateText.isEmpty()) {
            date = date(dateText);
            if (date == null) {
                return parsed.rejectedAs(reject(RejectionReason.DATE_INVALID, ListColumn.PLANNED_MOVE_DATE, dateText));
            }
        }
        ListColumn tooLong = CellText.length(project) > NAME_MAX ? ListColumn.PROJECT_NAME
                : CellText.length(origin) > SHORT_MAX ? ListColumn.ORIGIN
                : CellText.length(contact) > PERSON_MAX ? ListColumn.CONTACT_NAME
                : CellText.length(remarks) > REMARKS_MAX ? ListColumn.REMARKS : null;
        if (tooLong != null) {
            int max = tooLong == ListColumn.REMARKS ? REMARKS_MAX : tooLong == ListColumn.CONTACT_NAME ? PERSON_MAX : NAME_MAX;
            return parsed.rejectedAs(reject(RejectionReason.TEXT_TOO_LONG, tooLong, Integer.toString(max)));
        }
        String projectName = project.isEmpty() ? defaultProject(company) : project;
        return new ParsedRow(row, company, creditCode, rawCode, projectName, new CnyAmount(yuan.setScale(2)), chain,
                blankToNull(origin), blankToNull(contact), blankToNull(phone), blankToNull(remarks), date, null);
    }

    private String cell(List<String> cells, ListColumn column) {
        return header.cell(cells, column);
    }

    private Rejection reject(RejectionReason reason, ListColumn column, String detail) {
        return new Rejection(reason, header.header(column), detail);
    }

    private BigDecimal factor(String unitInCell) {
        if (unitInCell == null) {
            return header.amountFactor();
        }
        return switch (unitInCell) {
            case "亿元", "亿" -> new BigDecimal(100_000_000);
            case "元" -> BigDecimal.ONE;
            default -> new BigDecimal(10_000);
        };
    }

    static String defaultProject(String company) {
        int keep = Math.min(company.length(), NAME_MAX - DEFAULT_PROJECT_SUFFIX.length());
        return company.substring(0, keep) + DEFAULT_PROJECT_SUFFIX;
    }

    /** A date as lists write it (2022-09-01, 2022/9/1, 2022.9.1, 2022年9月1日) or an Excel day number. */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(text).matches()) {
                double serial = Double.parseDouble(text);
                if (serial >= 36526 && serial <= 73051) { // 2000-01-01 .. 2099-12-31
                    return DateUtil.getLocalDateTime(serial).toLocalDate();
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
