package cn.jinghai.crm.lead.web;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.application.LeadChanges;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a PATCH body: a JSON object naming only the fields to change. A field given as null clears
 * it (where that is allowed); an unknown field, or a value of the wrong type, is refused naming it.
 */
final class LeadPatch {

    private LeadPatch() {
    }

    static LeadChanges parse(JsonNode body, ObjectMapper mapper) {
        if (body == null || !body.isObject()) {
            throw DomainException.invalid(null, "error.json.malformed");
        }
        Set<String> given = new LinkedHashSet<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!LeadChanges.FIELDS.contains(name)) {
                throw DomainException.invalid(name, "error.json.unknownField", name);
            }
            given.add(name);
        }
        return new LeadChanges(given,
                read(body, "companyName", String.class, mapper),
                read(body, "creditCode", String.class, mapper),
                read(body, "projectName", String.class, mapper),
                read(body, "industryChain", String.class, mapper),
                read(body, "channel", Channel.class, mapper),
                read(body, "capitalOrigin", CapitalOrigin.class, mapper),
                read(body, "plannedInvestmentCny", CnyAmount.class, mapper),
                read(body, "beijing", Boolean.class, mapper),
                read(body, "highTech", Boolean.class, mapper),
                read(body, "keyProject", Boolean.class, mapper),
                contacts(body, mapper),
                read(body, "responsibleLeader", String.class, mapper));
    }

    private static <T> T read(JsonNode body, String field, Class<T> type, ObjectMapper mapper) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw DomainException.invalid(field, "error.json.invalidValue", field);
        }
    }

    private static List<Contact> contacts(JsonNode body, ObjectMapper mapper) {
        JsonNode node = body.get("contacts");
        if (node == null || node.isNull()) {
            return List.of();
        }
        try {
            return mapper.readerFor(TypeFactory.defaultInstance().constructCollectionType(List.class, Contact.class))
                    .readValue(node);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw DomainException.invalid("contacts", "error.json.invalidValue", "contacts");
        }
    }

}
