package cn.jinghai.crm.relocation.readmodel;

import java.time.Instant;

/**
 * The list rows naming a company ({@code company}: a credit code, or a name compared in normalised
 * form; null for every row) recorded at or before {@code asOf} (null: now), within what the actor may see.
 */
public record FindRelocationListingsQuery(String company, Instant asOf) {
}
