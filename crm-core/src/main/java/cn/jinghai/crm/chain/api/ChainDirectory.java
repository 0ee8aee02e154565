package cn.jinghai.crm.chain.api;

/** The command side's lookup of existing industry chains, so a lead names only a known chain. */
public interface ChainDirectory {

    boolean exists(String chainCode);
}
