package app.taskmail.project;

/** Where a task stands. */
public enum TaskStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    WAITING("Waiting for reply"),
    DONE("Done");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
