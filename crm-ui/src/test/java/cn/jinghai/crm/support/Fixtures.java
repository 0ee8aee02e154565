package cn.jinghai.crm.support;

import cn.jinghai.crm.common.api.CreditCode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid request bodies for tests, each with a fresh company. */
public final class Fixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String[] COMPANIES = {"北京华科精密仪器有限公司", "北京中关村生物医药有限公司", "北京京能新能源科技有限公司",
            "北京亦庄智能装备有限公司", "北京海淀软件信息服务有限公司"};

    private Fixtures() {
    }

    public static Map<String, Object> lead(String unitCode) {
        int n = SEQ.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("companyName", COMPANIES[n % COMPANIES.length] + "（" + n + "）");
        body.put("creditCode", creditCode(n));
        body.put("projectName", "静海产业基地项目 " + n);
        body.put("industryChain", "HEALTH");
        body.put("channel", "RELOCATION_LIST");
        body.put("capitalOrigin", "DOMESTIC_OUTSIDE_CITY");
        body.put("plannedInvestmentCny", "250000000");
        body.put("beijing", true);
        body.put("highTech", true);
        body.put("keyProject", false);
        body.put("unitCode", unitCode);
        return body;
    }

    /** A valid credit code unique to {@code n}. */
    public static String creditCode(int n) {
        String first17 = String.format("9111010%010d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == REMOVE) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    /** Marker for {@link #with}: remove the field. */
    public static final Object REMOVE = new Object();
}
