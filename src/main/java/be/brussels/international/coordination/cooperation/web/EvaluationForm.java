package be.brussels.international.coordination.cooperation.web;

import java.io.Serializable;
import java.math.BigDecimal;

import be.brussels.international.coordination.shared.Amounts;

/** An application's evaluation typed in its row of the call's page: a score (may be left empty), comments. */
class EvaluationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String score;

    private String comments;

    /** No score, or one that reads as a number. */
    boolean isScoreReadable() {
        return score == null || Amounts.parse(score) != null;
    }

    BigDecimal score() {
        return score == null ? null : Amounts.parse(score);
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }
}
