package cn.jinghai.crm.reports.application;

/** A written export, ready to be sent: its bytes, media type and the file name to save it as. */
public record Spreadsheet(byte[] bytes, String contentType, String fileName) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";
}
