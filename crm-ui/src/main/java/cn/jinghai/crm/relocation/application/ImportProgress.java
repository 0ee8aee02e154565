package cn.jinghai.crm.relocation.application;

/**
 * Told how far an import run has got, so a screen can show progress: after the file is read (0 of
 * the total) and after each batch of rows is recorded. Called on the importing thread; it must not
 * fail or block (the run does not wait for the screen).
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} data rows are answered. */
    void rowsDone(int done, int total);
}
