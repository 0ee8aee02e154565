package cn.jinghai.crm.relocation.application;

/** The two list formats accepted, by extension and checked signature. */
public enum FileKind {
    XLSX,
    CSV;

    public String format() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
