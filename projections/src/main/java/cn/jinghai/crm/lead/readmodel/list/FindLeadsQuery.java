package cn.jinghai.crm.lead.readmodel.list;

import cn.jinghai.crm.lead.api.Stage;

/**
 * A page of the leads the asking actor may see, optionally filtered by unit and stage and searched
 * by company name, project name or credit code ({@code q}). The actor travels in the metadata.
 */
public record FindLeadsQuery(String unit, Stage stage, String q, int page, int size) {

    public static final int MAX_SIZE = 200;
}
