package cn.jinghai.crm.target.api;

import cn.jinghai.crm.common.api.CnyAmount;
import org.axonframework.serialization.Revision;

/**
 * A year's targets were set: external capital in place (市外内资、外资到位), the six parks' share,
 * and the number of Beijing high-tech projects. A later event for the same year replaces them.
 */
@Revision("1")
public record YearTargetsSetEvent(int year, CnyAmount externalCapitalCny, CnyAmount sixParksCny, int beijingProjects) {
}
